"""factcheck: find and check the numbers and dates in news articles.

    >>> import factcheck
    >>> report = factcheck.check(text, published="2022-01-13")
    >>> report.to_dict()["findings"]
"""
from .model import Claim, Finding, Report
from .pipeline import InputError, check
from .settings import Settings

__all__ = ["check", "Report", "Claim", "Finding", "InputError", "Settings"]
__version__ = "0.1.0"
