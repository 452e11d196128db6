ITEMS = [
    ("Werkvoorraad", "werkvoorraad:index", "werkvoorraad.gebruiken", 10),
    ("Teamleiderdashboard", "werkvoorraad:team", "werkvoorraad.verdelen", 15),
]
