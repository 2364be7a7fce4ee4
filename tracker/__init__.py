"""tracker: follow public claims from the articles that report them to the evidence that settles them."""

__version__ = "0.1.0"
