// graph page
