ITEMS = [
    ("KCC-inlichtingen", "kcc:index", "kcc.inlichtingen", 15),
    ("Contactmomenten", "kcc:contactmomenten", "kcc.inlichtingen", 16),
]
