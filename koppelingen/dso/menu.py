ITEMS = [
    ("Intake", "dso:intake", "intake.beheren", 80),
]
