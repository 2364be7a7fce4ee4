"""The Textual dashboard: a face over the core that never touches TinyDB itself."""
