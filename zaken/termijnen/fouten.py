class TermijnFout(ValueError):
    """Invalid input for a term calculation; the message is Dutch and meant for the user."""
