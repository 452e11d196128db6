ITEMS = [
    ("Kaart", "zoeken:kaart", "zaak.zoeken", 60),
]
