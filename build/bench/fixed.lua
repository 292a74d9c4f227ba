-- GET <path> as is (a fixed URL such as the meeting report), signed in with $TOKEN.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
