ITEMS = [
    ("Handhaving", "handhaving:overzicht", "handhaving.besluiten", 50),
    ("Handhavingsverzoek registreren", "handhaving:verzoek-nieuw", "handhaving.besluiten", 51),
]
