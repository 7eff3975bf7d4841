"""Daily monitor of foreign-affairs feeds for statements on Venezuela, Ukraine and Haiti."""
