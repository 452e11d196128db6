"""DSO samenwerkfunctionaliteit (SWF): client, fake server and services. Models live in the
`dso` app (koppelingen/dso/models/swf.py); tasks in koppelingen/dso/tasks.py."""
