// map page
