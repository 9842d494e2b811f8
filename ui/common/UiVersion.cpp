// Placeholder translation unit until the first view lands.
