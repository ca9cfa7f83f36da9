"""Demo content for a fictional agency, the Riverside Police Department.

``content`` holds the English text as plain data, ``translations`` one dictionary per
target locale, ``images`` draws the pictures and ``loader`` writes it all through
Wagtail and wagtail-localize. The ``load_demo`` management command runs the loader.
"""
