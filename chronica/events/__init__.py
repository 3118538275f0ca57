"""Events: what happened, when, who, where and how many, each with the passage that states it."""
