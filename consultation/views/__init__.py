"""The public pages of consultations (public.py) and their accounts (accounts.py)."""
