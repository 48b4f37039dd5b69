"""Frontline: news wire text in, a live and auditable control table of a conflict's capitals out."""

__version__ = "0.1.0"
