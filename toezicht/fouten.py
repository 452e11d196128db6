class ToezichtFout(Exception):
    """A request the rules do not allow; the message is Dutch and shown to the user."""
