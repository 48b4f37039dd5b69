"""`frontline bench`: the pipeline measured against its parts and the broker's own ceiling."""
