// (placeholder replaced below)
