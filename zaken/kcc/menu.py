ITEMS = [
    ("KCC-inlichtingen", "kcc:index", "kcc.inlichtingen", 15),
]
