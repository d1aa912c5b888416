# Run by cpack (CPACK_PRE_BUILD_SCRIPTS) once the package's files are staged and before they are packed: every
# folder 0755, whatever the umask of whoever runs cpack (CMake creates the staging folders with it), as Debian's
# policy and lintian want for /usr.
file(GLOB_RECURSE staged LIST_DIRECTORIES true "${CPACK_TEMPORARY_DIRECTORY}/*")
foreach(path IN LISTS staged)
    if(IS_DIRECTORY "${path}" AND NOT IS_SYMLINK "${path}")
        file(CHMOD "${path}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ
             WORLD_EXECUTE)
    endif()
endforeach()
