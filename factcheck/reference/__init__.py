"""Reference data: sourced, dated facts to check figures against.

    >>> from factcheck.reference import index_for, rate
    >>> idx = index_for(settings)              # defaults + reference_dirs + DB facts
    >>> almaty = idx.lookup("Almaty")[0]
    >>> idx.fact(almaty.id, "population").value
    1977011.0
    >>> idx.members("org:csto", date(2022, 1, 13))
    ['AM', 'BY', 'KG', 'KZ', 'RU', 'TJ']
    >>> rate("USD", "EUR", on=date(2022, 1, 13))

Modules: model (Fact, Entity), loader (YAML/CSV/JSON files), defaults (GeoNames,
pycountry, seeds/reference), index (layered in-memory index), store (SQLite),
currency (ECB rates), cli (`factcheck reference`), api (blueprint).
"""
from .currency import convert, rate, rate_range
from .index import Mention, ReferenceIndex, default_index, index_for
from .loader import ReferenceError, load_path
from .model import Entity, Fact

__all__ = ["Entity", "Fact", "Mention", "ReferenceIndex", "ReferenceError", "default_index",
           "index_for", "load_path", "convert", "rate", "rate_range"]
