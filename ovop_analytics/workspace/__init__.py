"""The researchers' workspace: private uploads that last, tied to a key the browser keeps.

keys.py makes and hashes keys (the database sees only the hash); registry.py records workspaces, their
limits and expiry. The identity of the person in a browser session sits behind `identity.Identity`
(today a key in the browser's localStorage; a signed-in user of st.login could stand in for it).
"""

from ovop_analytics.workspace.keys import clean_key, new_key, owner_of, same_owner
from ovop_analytics.workspace.registry import (
                                               Workspace,
                                               WorkspaceLimits,
                                               check_room,
                                               edited_datasets,
                                               exists,
                                               expired,
                                               list_workspaces,
                                               purge,
                                               touch,
)

__all__ = ["Workspace", "WorkspaceLimits", "check_room", "clean_key", "edited_datasets", "exists", "expired", "list_workspaces",
           "new_key", "owner_of", "purge", "same_owner", "touch"]
