// chat page
