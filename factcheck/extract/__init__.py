"""Extraction steps. Each takes the Document (and the lexicons) and returns claims.

- segment.split(text, headline) -> sentences with offsets
- numbers.extract(doc, lex) -> (quantity claims, spans judged "not a quantity")
- dates.extract(doc, lex, settings) -> temporal claims (date/time/duration/set)
- link.link(doc, claims, lex) -> fills measure/subject/category/role in place
- coverage.measure(doc, claims, ignored) -> Coverage
"""
