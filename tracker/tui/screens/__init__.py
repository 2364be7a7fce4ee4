"""Full screens: the dashboard, an article, the review of proposals, help."""
