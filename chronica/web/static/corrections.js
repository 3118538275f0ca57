// corrections page
