class MailFout(Exception):
    """The message is Dutch and shown to the user."""
