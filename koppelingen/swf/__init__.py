"""DSO samenwerkfunctionaliteit (SWF, behandelen v5): client, fake server (fake.py, with the evidence
behind the wire format), sending (services.py) and polling (notificaties.py). Models live in the
`dso` app (koppelingen/dso/models/swf.py); tasks in koppelingen/dso/tasks.py."""
