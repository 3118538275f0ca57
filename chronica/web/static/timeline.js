// timeline page
