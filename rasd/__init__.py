"""rasd (رصد): Arabic conflict news into a verifiable, geocoded database of events and claims."""

__version__ = "0.1.0"
