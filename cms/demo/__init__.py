"""Demo content for a fictional agency, the Riverside Police Department.

The core of it: ``content`` holds the site root's English text, the pictures and
the agency's details as plain data, ``translations`` the home page's translations
(one module per target locale), ``images`` draws the pictures, ``sections`` is
what each plugin fills through the ``register_demo_content`` hook with its own
content and translations (``plugins/<name>/demo/``), and ``loader`` writes it all
through Wagtail and wagtail-localize. The ``load_demo`` management command runs
the loader.
"""
