"""Renderers: one Report (or its dict), many output formats."""
