// documents page
