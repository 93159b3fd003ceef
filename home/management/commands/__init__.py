"""load_demo (the demo site) and draw_banners (the supporters' banners)."""
