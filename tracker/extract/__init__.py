"""Pure extraction rules: from an article's sentences to claims, deadlines and quantities."""
