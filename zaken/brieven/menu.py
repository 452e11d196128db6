ITEMS = [
    ("Brieven in batch", "brieven:batch-nieuw", "zaak.behandelen", 60),
]
