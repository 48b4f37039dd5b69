"""The read service: analyst query API and live control page over `events.typed`."""
