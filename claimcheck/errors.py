"""Errors that are the user's to fix: the CLI prints them in one line, without a traceback."""


class UserError(Exception):
    """Bad arguments, a model that cannot be loaded, a path that does not exist."""
