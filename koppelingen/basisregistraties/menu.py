ITEMS = [
    ("Koppelingen", "basisregistraties:status", "koppelingen.beheren", 85),
    ("Verwerkingenlogging", "basisregistraties:verwerkingen", "audit.inzien", 95),
]
