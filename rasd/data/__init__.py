"""Data files: lexicons, knowledge base, gazetteer, models (each with its source)."""
