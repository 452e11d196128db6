ITEMS = [
    ("Toezicht-app", "toezicht:app", "toezicht.uitvoeren", 40),
    ("Objecten", "toezicht:objecten", "toezicht.uitvoeren", 41),
    ("Toezichtprogramma", "toezicht:programma", "toezicht.uitvoeren", 42),
    ("Controles plannen", "toezicht:planning", "toezicht.uitvoeren", 43),
]
