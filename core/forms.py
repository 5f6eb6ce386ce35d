"""Form markup every reader form shares (KERN classes, ARIA for hints and errors)."""


class AccessibleFormMixin:
    """Widgets that tell assistive technology about hints and errors."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "kern-form-input__input")

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            ids = [f"{bound.auto_id}_helptext"] if self.fields[name].help_text else []
            ids.append(f"{bound.auto_id}_error")
            attrs = self.fields[name].widget.attrs
            attrs.update({"aria-describedby": " ".join(ids), "aria-invalid": "true"})
            attrs["class"] = f"{attrs.get('class', '')} kern-form-input__input--error".strip()
