from django.urls import path

from plugins.headless.api import mount

urlpatterns = [path("", mount().urls)]
