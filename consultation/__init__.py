"""Consultation on a draft concept edition: comments per section, moderation, answers.

models.py holds the data, permissions.py every rule about who may do what,
sections.py the sections a frozen draft consists of, views/ the public pages
(public.py) and the accounts (accounts.py), admin/ the Wagtail admin, emails.py
the messages, export.py the CSV and XLSX files.
"""
