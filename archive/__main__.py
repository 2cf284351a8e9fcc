"""``python -m archive`` runs the ``archive`` command."""

from archive.cli.app import main

if __name__ == "__main__":  # worker processes import this module too, and must not run it
    main()
