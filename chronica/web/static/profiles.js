// profiles page
