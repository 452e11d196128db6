ITEMS = [
    ("Zaken", "zaken:lijst", "zaak.lezen", 20),
    ("Zaak registreren", "zaken:registreren", "zaak.aanmaken", 30),
]
