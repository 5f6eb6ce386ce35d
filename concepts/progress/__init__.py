"""Progress over time: measures' status, indicators' values and the Selbstcheck, as charts
with their data (one place builds the numbers: data.py)."""
