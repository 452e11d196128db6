ITEMS = [
    ("Postvak", "mail:postvak", "zaak.behandelen", 65),
    ("Maillog", "mail:log", "beheer.configureren", 90),
]
